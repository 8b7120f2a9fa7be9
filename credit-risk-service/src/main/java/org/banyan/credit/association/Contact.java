package org.banyan.credit.association;

/** The contact details of an application that may link it to others; any of them may be absent. */
public record Contact(String phone, String deviceId, String address) {
}
