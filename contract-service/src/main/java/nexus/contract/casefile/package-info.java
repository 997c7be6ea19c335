/** Contract cases: one per awarded plan, stored with its outbox; the steps staff and hosts take. */
package nexus.contract.casefile;
