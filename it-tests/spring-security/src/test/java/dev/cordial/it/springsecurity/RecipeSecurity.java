package dev.cordial.it.springsecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsUtils;

/**
 * {@link DefaultSecurity} with the recipe: the two marked lines, plus {@link Unauthenticated}
 * registered in the {@code ResourceConfig}. No origin is listed here: Cordial's policies decide.
 */
@Configuration(proxyBeanMethods = false)
public class RecipeSecurity {

    /**
     * Recipe, part 2: Spring Security's "authentication required" is handed to the servlet the
     * request was mapped to, the Jersey servlet (a named dispatch, which Spring Security's
     * URL-mapped filter does not see again), where {@link Unauthenticated} answers 401 inside
     * Jakarta REST and Cordial adds the headers.
     */
    static final AuthenticationEntryPoint INTO_JERSEY = (request, response, e) -> {
        request.setAttribute(Unauthenticated.ATTRIBUTE, e.getMessage());
        request.getServletContext().getNamedDispatcher(request.getHttpServletMapping().getServletName())
                .forward(request, response);
    };

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers(CorsUtils::isPreFlightRequest).permitAll() // recipe, part 1
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(INTO_JERSEY))         // recipe, part 2
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
