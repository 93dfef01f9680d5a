import { join } from 'node:path';
import { ServiceProcess, serviceNames, serviceStackSettings } from '@parity/launcher';
import { stackEnv } from './stack-env';

export const workspaceRoot = join(__dirname, '..', '..');
export const testLogDir = join(workspaceRoot, '.stack', 'logs', 'test');

/** The stack connection settings a service needs, taken from the test environment. */
export function serviceEnv(): Record<string, string> {
  return serviceStackSettings(
    process.env,
    'run the tests through `npm test`, which starts the stack first',
  );
}

/** Applies every service's migrations as the owner role, as a deployment's init step would. */
export async function migrateAllServices(): Promise<void> {
  await Promise.all(
    serviceNames.map((name) =>
      ServiceProcess.migrate({
        name,
        env: serviceEnv(),
        workspaceRoot,
        logDir: testLogDir,
        ownerDatabaseUrl: stackEnv('DATABASE_OWNER_URL'),
      }),
    ),
  );
}
