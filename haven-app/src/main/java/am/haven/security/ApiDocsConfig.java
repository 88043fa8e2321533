package am.haven.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document says how to authenticate: every path but the public finder's takes a bearer token. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    static final String SCHEME = "bearerToken";

    @Bean
    OpenAPI havenOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Haven API").version("v1")
                        .description("Make a token with: haven token create --user NAME; send it as 'Authorization: Bearer TOKEN'."))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("An API token from 'haven token create'")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
