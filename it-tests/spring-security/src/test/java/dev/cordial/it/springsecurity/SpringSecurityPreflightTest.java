package dev.cordial.it.springsecurity;

import dev.cordial.it.app.PreflightContract;
import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.SessionAuthFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The whole preflight contract with Spring Security in front of Jersey, authenticating the
 * contract's session cookie itself, and the recipe applied ({@code exceptionHandling} form, as a
 * chain without httpBasic needs it). Differences from the stack's defaults, each needed only
 * because the contract sends such requests: Spring Security's firewall and Tomcat are told to let
 * matrix parameters and encoded slashes through (by default both answer 400, see
 * {@code SpringSecurityRecipeTest#firewallRejections}).
 */
class SpringSecurityPreflightTest extends PreflightContract {

    /** Spring Security's own authentication of the contract's {@code session=ok} cookie. */
    static final class SessionCookieAuthentication extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Cookie[] cookies = request.getCookies();
            if (cookies != null && Arrays.stream(cookies).anyMatch(
                    c -> c.getName().equals(SessionAuthFilter.COOKIE) && c.getValue().equals("ok"))) {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "alice", null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
            }
            chain.doFilter(request, response);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ContractSecurity {
        @Bean
        SecurityFilterChain api(HttpSecurity http) throws Exception {
            return http
                    .authorizeHttpRequests(a -> a
                            .requestMatchers(CorsUtils::isPreFlightRequest).permitAll()                  // recipe, part 1
                            .anyRequest().authenticated())
                    .exceptionHandling(e -> e.authenticationEntryPoint(RecipeSecurity.INTO_JERSEY)) // recipe, part 2
                    .addFilterBefore(new SessionCookieAuthentication(), AuthorizationFilter.class)
                    .csrf(c -> c.disable())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .build();
        }

        @Bean
        WebSecurityCustomizer matrixParametersAndEncodedSlashes() {
            StrictHttpFirewall firewall = new StrictHttpFirewall();
            firewall.setAllowSemicolon(true);
            firewall.setAllowUrlEncodedSlash(true);
            firewall.setAllowUrlEncodedPercent(true); // Tomcat's passthrough leaves "%2F" in the decoded path
            return web -> web.httpFirewall(firewall);
        }

        @Bean
        TomcatConnectorCustomizer passEncodedSlashes() {
            return connector -> connector.setEncodedSolidusHandling("passthrough");
        }
    }

    @Override
    protected RunningServer start(Application app) {
        return SecuredServer.start(app, config -> config.register(Unauthenticated.class), ContractSecurity.class);
    }
}
