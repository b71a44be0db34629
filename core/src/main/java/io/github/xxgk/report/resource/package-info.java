/**
 * The files the library ships in its jars beside its classes (message bundles, the JSON schema, the
 * page's stylesheet, help texts), read one way: {@link
 * io.github.xxgk.report.resource.ShippedResource}, always as UTF-8.
 */
package io.github.xxgk.report.resource;
