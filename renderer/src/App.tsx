import { LibraryScreen } from './screens/LibraryScreen';

export function App() {
  return <LibraryScreen />;
}
