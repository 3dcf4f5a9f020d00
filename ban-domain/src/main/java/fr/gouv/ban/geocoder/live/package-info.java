/**
 * Live updates (spec §10.5): an immutable base index plus a small overlay of upserted documents and
 * tombstones, published together as one immutable state through a volatile reference, so readers
 * never see a half-applied change; a background merge folds the overlay into a new base and swaps
 * it in atomically. Changes carry the management API's diff increment, which also tags snapshots so
 * a node knows where to resume the change feed.
 */
package fr.gouv.ban.geocoder.live;
