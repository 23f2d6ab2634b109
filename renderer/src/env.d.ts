// Vite's handling of CSS imports, for the typechecker.
declare module '*.css';
