package nexus.intake.call.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nexus.intake.call.domain.BudgetRules;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CourseRules;
import nexus.intake.call.domain.DocumentRules;
import nexus.intake.call.domain.ParticipantCategory;
import org.springframework.format.annotation.DateTimeFormat;

/** The call editor's form: every rule of a call as fields staff can change. */
public class CallForm {

  private static final long MB = 1024L * 1024;

  private String titleJa;
  private String titleEn;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
  private LocalDateTime opensAt;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
  private LocalDateTime closesAt;

  private String eligibleCountries;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate exchangeStartFrom;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate exchangeStartUntil;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate exchangeEndBy;

  private int maxExchangeMonths;
  private int maxStayDaysPerPerson;
  private Map<String, CourseForm> courses = new TreeMap<>();
  private int indirectCapPercent;
  private long equipmentThresholdJpy;
  private String unfundableKeywords;
  private String fileNamePattern;
  private long maxDocumentMegabytes;
  private List<KindForm> documentKinds = new ArrayList<>();
  private String reason;
  private boolean confirm;

  static CallForm of(Call c) {
    CallForm f = new CallForm();
    f.titleJa = c.titleJa();
    f.titleEn = c.titleEn();
    f.opensAt = c.opensAt();
    f.closesAt = c.closesAt();
    f.eligibleCountries = String.join(", ", c.eligibleCountries().stream().sorted().toList());
    f.exchangeStartFrom = c.exchangeStartFrom();
    f.exchangeStartUntil = c.exchangeStartUntil();
    f.exchangeEndBy = c.exchangeEndBy();
    f.maxExchangeMonths = c.maxExchangeMonths();
    f.maxStayDaysPerPerson = c.maxStayDaysPerPerson();
    c.courses().forEach((code, rules) -> f.courses.put(code, CourseForm.of(rules)));
    f.indirectCapPercent = c.budget().indirectCapPercent();
    f.equipmentThresholdJpy = c.budget().equipmentThresholdJpy();
    f.unfundableKeywords = String.join("\n", c.budget().unfundableKeywords());
    f.fileNamePattern = c.documents().fileNamePattern();
    f.maxDocumentMegabytes = Math.max(1, c.documents().maxBytes() / MB);
    c.documents().kinds().forEach(k -> f.documentKinds.add(KindForm.of(k)));
    return f;
  }

  /** The call as edited; id, program, year and zone stay the call's own. */
  Call toCall(Call current) {
    Set<String> countries = new LinkedHashSet<>();
    if (eligibleCountries != null) {
      Arrays.stream(eligibleCountries.split("[,\\s]+"))
          .filter(s -> !s.isBlank())
          .map(s -> s.strip().toUpperCase(Locale.ROOT))
          .forEach(countries::add);
    }
    Map<String, CourseRules> courseRules = new LinkedHashMap<>();
    courses.forEach((code, form) -> courseRules.put(code, form.toRules(code)));
    List<String> keywords =
        unfundableKeywords == null
            ? List.of()
            : Arrays.stream(unfundableKeywords.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    return new Call(
        current.id(),
        current.programId(),
        current.fiscalYear(),
        titleJa,
        titleEn,
        current.zone(),
        opensAt,
        closesAt,
        countries,
        exchangeStartFrom,
        exchangeStartUntil,
        exchangeEndBy,
        maxExchangeMonths,
        maxStayDaysPerPerson,
        courseRules,
        new BudgetRules(indirectCapPercent, equipmentThresholdJpy, keywords),
        new DocumentRules(
            documentKinds.stream().filter(k -> !k.blank()).map(KindForm::toKind).toList(),
            fileNamePattern,
            maxDocumentMegabytes * MB,
            current.documents().mediaTypes()));
  }

  /** One course's rules. */
  public static class CourseForm {
    private int maxParticipants;
    private boolean capIncludesChaperones;
    private Integer maxAge;
    private List<ParticipantCategory> eligibleCategories = new ArrayList<>();
    private boolean chaperoneAllowed;
    private long baseBudgetJpy;
    private int overrunPercent;

    static CourseForm of(CourseRules r) {
      CourseForm f = new CourseForm();
      f.maxParticipants = r.maxParticipants();
      f.capIncludesChaperones = r.capIncludesChaperones();
      f.maxAge = r.maxAge();
      f.eligibleCategories =
          new ArrayList<>(
              Arrays.stream(ParticipantCategory.values())
                  .filter(r.eligibleCategories()::contains)
                  .toList());
      f.chaperoneAllowed = r.chaperoneAllowed();
      f.baseBudgetJpy = r.baseBudgetJpy();
      f.overrunPercent = r.overrunPercent();
      return f;
    }

    CourseRules toRules(String code) {
      return new CourseRules(
          code,
          maxParticipants,
          capIncludesChaperones,
          maxAge,
          eligibleCategories == null ? Set.of() : Set.copyOf(eligibleCategories),
          chaperoneAllowed,
          baseBudgetJpy,
          overrunPercent);
    }

    public int getMaxParticipants() {
      return maxParticipants;
    }

    public void setMaxParticipants(int maxParticipants) {
      this.maxParticipants = maxParticipants;
    }

    public boolean isCapIncludesChaperones() {
      return capIncludesChaperones;
    }

    public void setCapIncludesChaperones(boolean capIncludesChaperones) {
      this.capIncludesChaperones = capIncludesChaperones;
    }

    public Integer getMaxAge() {
      return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
      this.maxAge = maxAge;
    }

    public List<ParticipantCategory> getEligibleCategories() {
      return eligibleCategories;
    }

    public void setEligibleCategories(List<ParticipantCategory> eligibleCategories) {
      this.eligibleCategories = eligibleCategories;
    }

    public boolean isChaperoneAllowed() {
      return chaperoneAllowed;
    }

    public void setChaperoneAllowed(boolean chaperoneAllowed) {
      this.chaperoneAllowed = chaperoneAllowed;
    }

    public long getBaseBudgetJpy() {
      return baseBudgetJpy;
    }

    public void setBaseBudgetJpy(long baseBudgetJpy) {
      this.baseBudgetJpy = baseBudgetJpy;
    }

    public int getOverrunPercent() {
      return overrunPercent;
    }

    public void setOverrunPercent(int overrunPercent) {
      this.overrunPercent = overrunPercent;
    }
  }

  /** A kind of document. */
  public static class KindForm {
    private String code;
    private String nameJa;
    private String nameEn;
    private String requiredWhen = "ALWAYS";

    static KindForm of(DocumentRules.DocumentKind k) {
      KindForm f = new KindForm();
      f.code = k.code();
      f.nameJa = k.nameJa();
      f.nameEn = k.nameEn();
      f.requiredWhen = k.requiredWhen();
      return f;
    }

    boolean blank() {
      return (code == null || code.isBlank())
          && (nameJa == null || nameJa.isBlank())
          && (nameEn == null || nameEn.isBlank());
    }

    DocumentRules.DocumentKind toKind() {
      return new DocumentRules.DocumentKind(
          code == null ? null : code.strip().toUpperCase(Locale.ROOT),
          nameJa == null ? null : nameJa.strip(),
          nameEn == null ? null : nameEn.strip(),
          requiredWhen);
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getNameJa() {
      return nameJa;
    }

    public void setNameJa(String nameJa) {
      this.nameJa = nameJa;
    }

    public String getNameEn() {
      return nameEn;
    }

    public void setNameEn(String nameEn) {
      this.nameEn = nameEn;
    }

    public String getRequiredWhen() {
      return requiredWhen;
    }

    public void setRequiredWhen(String requiredWhen) {
      this.requiredWhen = requiredWhen;
    }
  }

  public String getTitleJa() {
    return titleJa;
  }

  public void setTitleJa(String titleJa) {
    this.titleJa = titleJa;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public LocalDateTime getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(LocalDateTime opensAt) {
    this.opensAt = opensAt;
  }

  public LocalDateTime getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(LocalDateTime closesAt) {
    this.closesAt = closesAt;
  }

  public String getEligibleCountries() {
    return eligibleCountries;
  }

  public void setEligibleCountries(String eligibleCountries) {
    this.eligibleCountries = eligibleCountries;
  }

  public LocalDate getExchangeStartFrom() {
    return exchangeStartFrom;
  }

  public void setExchangeStartFrom(LocalDate exchangeStartFrom) {
    this.exchangeStartFrom = exchangeStartFrom;
  }

  public LocalDate getExchangeStartUntil() {
    return exchangeStartUntil;
  }

  public void setExchangeStartUntil(LocalDate exchangeStartUntil) {
    this.exchangeStartUntil = exchangeStartUntil;
  }

  public LocalDate getExchangeEndBy() {
    return exchangeEndBy;
  }

  public void setExchangeEndBy(LocalDate exchangeEndBy) {
    this.exchangeEndBy = exchangeEndBy;
  }

  public int getMaxExchangeMonths() {
    return maxExchangeMonths;
  }

  public void setMaxExchangeMonths(int maxExchangeMonths) {
    this.maxExchangeMonths = maxExchangeMonths;
  }

  public int getMaxStayDaysPerPerson() {
    return maxStayDaysPerPerson;
  }

  public void setMaxStayDaysPerPerson(int maxStayDaysPerPerson) {
    this.maxStayDaysPerPerson = maxStayDaysPerPerson;
  }

  public Map<String, CourseForm> getCourses() {
    return courses;
  }

  public void setCourses(Map<String, CourseForm> courses) {
    this.courses = courses;
  }

  public int getIndirectCapPercent() {
    return indirectCapPercent;
  }

  public void setIndirectCapPercent(int indirectCapPercent) {
    this.indirectCapPercent = indirectCapPercent;
  }

  public long getEquipmentThresholdJpy() {
    return equipmentThresholdJpy;
  }

  public void setEquipmentThresholdJpy(long equipmentThresholdJpy) {
    this.equipmentThresholdJpy = equipmentThresholdJpy;
  }

  public String getUnfundableKeywords() {
    return unfundableKeywords;
  }

  public void setUnfundableKeywords(String unfundableKeywords) {
    this.unfundableKeywords = unfundableKeywords;
  }

  public String getFileNamePattern() {
    return fileNamePattern;
  }

  public void setFileNamePattern(String fileNamePattern) {
    this.fileNamePattern = fileNamePattern;
  }

  public long getMaxDocumentMegabytes() {
    return maxDocumentMegabytes;
  }

  public void setMaxDocumentMegabytes(long maxDocumentMegabytes) {
    this.maxDocumentMegabytes = maxDocumentMegabytes;
  }

  public List<KindForm> getDocumentKinds() {
    return documentKinds;
  }

  public void setDocumentKinds(List<KindForm> documentKinds) {
    this.documentKinds = documentKinds;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isConfirm() {
    return confirm;
  }

  public void setConfirm(boolean confirm) {
    this.confirm = confirm;
  }
}
