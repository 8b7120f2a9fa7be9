package org.banyan.profile.catalog;

/** Published after a custom tag was created, versioned or retired: its values need computing for everyone. */
public record CustomTagsChanged(String code, int version, TagStatus status) {
}
