/**
 * Connection settings of the running stack, as `npm run stack -- up` wrote them to
 * .stack/stack.env and the test command exported them. A missing one means the tests
 * were started without the stack, which is worth saying plainly.
 */
export function stackEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: run the tests through \`npm test\`, which starts the stack first`,
    );
  }
  return value;
}
