package nexus.intake.institution.domain;

/**
 * The legal entities in Japan that may host or partner in an exchange (call document: 大学、高等専門学校、
 * 高等学校、国立研究開発法人、独立行政法人、民間企業、地方公共団体、公益または一般法人等). Stored by constant name.
 */
public enum InstitutionType {
  UNIVERSITY("大学", "University"),
  TECHNICAL_COLLEGE("高等専門学校", "Technical college (KOSEN)"),
  HIGH_SCHOOL("高等学校", "High school"),
  NATIONAL_RESEARCH_INSTITUTE("国立研究開発法人", "National research and development agency"),
  INDEPENDENT_ADMINISTRATIVE_AGENCY("独立行政法人", "Independent administrative agency"),
  COMPANY("民間企業", "Company"),
  LOCAL_GOVERNMENT("地方公共団体", "Local government"),
  INCORPORATED_ASSOCIATION_OR_FOUNDATION(
      "公益・一般社団法人／財団法人", "Public-interest or general incorporated association or foundation");

  private final String labelJa;
  private final String labelEn;

  InstitutionType(String labelJa, String labelEn) {
    this.labelJa = labelJa;
    this.labelEn = labelEn;
  }

  public String labelJa() {
    return labelJa;
  }

  public String labelEn() {
    return labelEn;
  }

  /** The label in a language ({@code ja}, otherwise English). */
  public String label(String language) {
    return "ja".equals(language) ? labelJa : labelEn;
  }
}
