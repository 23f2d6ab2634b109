// pdf.js's worker ships without types; it is only loaded, for what it sets up (readPdf.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
