package nexus.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nexus.web.erasure.ErasableCopies;
import nexus.web.erasure.Erasures;
import nexus.web.membership.InstitutionMembers;
import nexus.web.membership.MembershipTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.data.web.config.EnableSpringDataWebSupport.PageSerializationMode;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/** The shared web setup of every service: security, problems, language, layout model. */
@AutoConfiguration(
    beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@Import({
  ResourceServerSecurity.class,
  ProblemAuthenticationEntryPoint.class,
  ProblemDetailsAdvice.class,
  LayoutModel.class,
  PageErrors.class
})
@EnableSpringDataWebSupport(pageSerializationMode = PageSerializationMode.VIA_DTO)
public class WebAutoConfiguration implements WebMvcConfigurer {

  /** Bodies over {@code nexus.web.max-body-size} (default 1 MB, uploads aside) are refused. */
  @Bean
  FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
      @Value("${nexus.web.max-body-size:1MB}") DataSize max, MessageSource messages) {
    FilterRegistrationBean<RequestSizeLimit> registration =
        new FilterRegistrationBean<>(new RequestSizeLimit(max.toBytes(), messages));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The audit trail in the service's database (see {@link Audited}), with its staff page. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MongoTemplate.class)
  @Import(AuditLogController.class)
  static class MongoAudit {

    @Bean
    @ConditionalOnMissingBean(AuditTrail.class)
    MongoAuditTrail auditTrail(MongoTemplate mongo) {
      return new MongoAuditTrail(mongo);
    }
  }

  /**
   * Participant erasure ({@code alumni.erased}) in the services that keep copies of plans' people:
   * present when the service declares at least one {@link ErasableCopies}.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(
      name = {"org.springframework.data.mongodb.core.MongoTemplate", "nexus.events.AlumniErased"})
  static class ParticipantErasure {

    @Bean
    @ConditionalOnBean(ErasableCopies.class)
    Erasures erasures(
        MongoTemplate mongo,
        List<ErasableCopies> copies,
        AuditTrail audit,
        ObjectProvider<Clock> clock) {
      return new Erasures(mongo, copies, audit, clock.getIfAvailable(Clock::systemUTC));
    }
  }

  /**
   * Intake's memberships, in a service that authorises by institution and binds intake's topic
   * ({@code nexus.web.institution-members=true}): the copy, which the service's handlers feed with
   * {@code member.joined} and {@code member.left}, and the token enricher that reads it.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(
      name = {"org.springframework.data.mongodb.core.MongoTemplate", "nexus.events.MemberJoined"})
  @ConditionalOnProperty(name = "nexus.web.institution-members", havingValue = "true")
  static class IntakeMemberships {

    @Bean
    InstitutionMembers institutionMembers(MongoTemplate mongo) {
      return new InstitutionMembers(mongo);
    }

    @Bean
    MembershipTokens membershipTokens(InstitutionMembers members) {
      return new MembershipTokens(members);
    }
  }

  /** Japanese by default; {@code ?lang=en} switches and a cookie remembers the choice. */
  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("NEXUS_LANG");
    resolver.setDefaultLocale(Locale.JAPANESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookiePath("/");
    return resolver;
  }

  /**
   * Resolves the shared templates ({@code nexus/...}: the layout, the ops pages) from the
   * platform's jar, whatever prefix the service gives its own templates.
   */
  @Bean
  ITemplateResolver nexusTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setResolvablePatterns(Set.of("nexus/*"));
    resolver.setCheckExistence(true);
    resolver.setOrder(0);
    return resolver;
  }

  private final ObjectProvider<AuditTrail> auditTrail;

  public WebAutoConfiguration(ObjectProvider<AuditTrail> auditTrail) {
    this.auditTrail = auditTrail;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    registry.addInterceptor(interceptor);
    registry.addInterceptor(new AuditInterceptor(auditTrail, Clock.systemUTC()));
    registry.addInterceptor(new AuthorizeBeforeBinding());
  }
}
