// One webpack config for every service: options (entry, tsconfig, output) come from
// the build target in nx.json. node_modules stay external so OpenTelemetry can patch
// kafkajs, pg and http when they are required at run time.
const { composePlugins, withNx } = require('@nx/webpack');

module.exports = composePlugins(withNx(), (config) => config);
