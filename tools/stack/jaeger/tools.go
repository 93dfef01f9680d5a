//go:build tools

// Keeps the Jaeger command in this module's build list; never compiled into anything.
package tools

import _ "github.com/jaegertracing/jaeger/cmd/jaeger"
