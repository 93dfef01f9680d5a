import type { SimulatorFactory } from './sandbox';

/**
 * Every vendor simulator, configured from the environment (credentials the sandbox accepts and
 * the callback URLs it calls). Each vendor's factory is added here as it is built.
 */
export function allSimulators(env: NodeJS.ProcessEnv): SimulatorFactory[] {
  void env;
  return [];
}
