/** Recognising erased people in a plan's copies by keys of their names, free of Spring. */
package nexus.contract.erasure.domain;
