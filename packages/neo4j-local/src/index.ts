export * from './dbms-supervisor.ts';
export * from './jar-cache.ts';
export * from './local-dbms.ts';
export * from './local-settings.ts';
export * from './open-database.ts';
