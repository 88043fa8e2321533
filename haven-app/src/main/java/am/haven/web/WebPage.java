package am.haven.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that renders HTML pages, so {@link PageErrorAdvice} turns its exceptions into
 * error pages. ({@code @ControllerAdvice(annotations = Controller.class)} would also catch the JSON
 * controllers, because {@code @RestController} is itself a {@code @Controller}.)
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WebPage {}
