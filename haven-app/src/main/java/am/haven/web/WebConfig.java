package am.haven.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The UI language: {@code ?lang=hy|ru|en} on any page switches it and a cookie keeps it, so a clerk
 * chooses once per browser. Without the cookie the browser's Accept-Language decides.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    static final String LANG_COOKIE = "haven-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANG_COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> {
            Locale l = request.getLocale();
            return Languages.isSupported(l) ? Locale.forLanguageTag(l.getLanguage()) : Locale.ENGLISH;
        });
        return resolver;
    }

    /** Outside every other filter but character encoding, so it also sees failures in the security filters. */
    @Bean
    FilterRegistrationBean<UnavailableFilter> unavailableFilter(Unavailable unavailable) {
        FilterRegistrationBean<UnavailableFilter> registration = new FilterRegistrationBean<>(new UnavailableFilter(unavailable));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                // Only the languages Haven has bundles for; anything else is ignored, not stored.
                Locale l = super.parseLocaleValue(value);
                return Languages.isSupported(l) ? Locale.forLanguageTag(l.getLanguage()) : null;
            }
        };
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
