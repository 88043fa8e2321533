/**
 * What every feature's pages and API share: the layout, languages (hy, ru, en), the home page and
 * the mapping of errors to pages and to RFC 9457 problem details. Owns no table and no event.
 */
package am.haven.web;
