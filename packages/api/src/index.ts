export * from './app.ts';
export * from './server-settings.ts';
