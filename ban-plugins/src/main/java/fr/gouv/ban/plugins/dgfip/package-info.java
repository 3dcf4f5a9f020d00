/**
 * The DGFiP's plugins: the {@code topo} import of the TOPO file (the successor of FANTOIR: the
 * voies and lieux-dits of each commune) into group upserts keyed by FANTOIR code, and the rule
 * {@code dgfip.fantoir-key} on the structure of the FANTOIR/RIVOLI codes of groups. {@link
 * fr.gouv.ban.plugins.dgfip.RivoliKey} holds the code rules both use.
 */
package fr.gouv.ban.plugins.dgfip;
