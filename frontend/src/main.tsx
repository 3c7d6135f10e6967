import { start } from './app/main';

void start(document.getElementById('root')!);
