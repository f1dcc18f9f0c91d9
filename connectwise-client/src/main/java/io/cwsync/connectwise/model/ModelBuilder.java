package io.cwsync.connectwise.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import javax.lang.model.element.Modifier;

/**
 * Generates a record's builder ({@code Company} gets {@code CompanyBuilder}) at compile time, with the
 * options every model shares: a final builder with a setter and a getter per component, and no withers.
 * The components' annotations are copied onto the setters, so that {@code @Nullable} says there too that
 * {@code null} leaves a property unset. SOURCE-retained like {@link RecordBuilder}: nothing of either
 * reaches the class files, so record-builder is needed to compile this package and never at run time.
 */
@RecordBuilder.Template(options = @RecordBuilder.Options(
    builderClassModifiers = {Modifier.PUBLIC, Modifier.FINAL},
    enableWither = false))
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
@interface ModelBuilder {}
