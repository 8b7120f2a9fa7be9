package org.banyan.profile.catalog;

/** A retired tag is no longer computed and its values leave the profiles; its definition stays for history. */
public enum TagStatus { ACTIVE, RETIRED }
