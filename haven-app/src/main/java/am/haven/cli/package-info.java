/**
 * The launcher's subcommands that run inside the application ({@code token}, {@code relink},
 * {@code import households}, {@code serve}'s options); each calls a feature's public service and
 * keeps its documented command-line contract. Owns no table.
 */
package am.haven.cli;
