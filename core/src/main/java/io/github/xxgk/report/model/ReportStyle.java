package io.github.xxgk.report.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model.
 *
 * <p>Generated implementations and their builders stay package-private behind the abstract types
 * and their nested {@code Builder}s, so the public API is only what the form defines; the builder
 * methods then appear, with their generated Javadoc, on the public {@code Builder}s. Collections
 * are JDK-only and no Guava or Java 9 API is used, so the model runs on Java 8. No annotation of
 * the classpath leaks into generated code, which keeps Jackson and friends out of core.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    jdk9Collections = false,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
@interface ReportStyle {}
