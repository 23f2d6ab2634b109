import { QueryClientProvider } from '@tanstack/react-query';
import { AppShell } from './app/AppShell';
import { libraryCache } from './data/library';

export function App() {
  return (
    <QueryClientProvider client={libraryCache}>
      <AppShell />
    </QueryClientProvider>
  );
}
