/**
 * An example of a third party's validation plugin for the BAN server: one global rule, packaged as
 * a plain jar with a {@code beans.xml}, added to the server's {@code ban.war} without rebuilding
 * it.
 */
package org.example.banplugin;
