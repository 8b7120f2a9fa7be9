package org.banyan.profile.tagging;

/** One tag whose value changed; null stands for "no value". */
public record TagChange(String tag, Object oldValue, Object newValue) {
}
