package com.plandesk.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an entity's id column: the table whose row it refers to (a foreign key in the schema). Entities hold each
 * other's ids, not relationships, so this is how EclipseLink learns which rows a flush must write first
 * ({@link CommitOrder}). A table name, not a class, so that an entity names no other package's type.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RefersTo {

    String value();
}
