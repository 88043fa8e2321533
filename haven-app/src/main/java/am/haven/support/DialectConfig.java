package am.haven.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the {@link Dialect} of {@code spring.datasource.url} as a bean. */
@Configuration(proxyBeanMethods = false)
class DialectConfig {

    @Bean
    Dialect dialect(@Value("${spring.datasource.url}") String url) {
        return Dialect.of(url);
    }
}
