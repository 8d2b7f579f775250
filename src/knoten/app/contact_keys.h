// How knoten tells that two records describe the same person, shared by the
// import (import_contacts.h) and the search for duplicates (dedupe.h):
// e-mail addresses, web addresses and tags compared ignoring ASCII case;
// phone numbers by their digits, the last six or more of them alike, for
// the import only when the names fit (NamesFit); names
// compared as written, ignoring case, and, for duplicates, also in another
// order and spelling (FoldedName). Only app includes this header.

#ifndef KNOTEN_APP_CONTACT_KEYS_H_
#define KNOTEN_APP_CONTACT_KEYS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "knoten/core/person.h"

namespace knoten::app {

// A phone number's digits without an international "00" or a national "0"
// in front, so that "+49 30 1234567", "0049 30 1234567" and "030 1234567"
// end the same.
std::string PhoneKey(std::string_view phone);

// Two phone keys are the same number when they are equal, or when the
// shorter, of at least kPhoneTail digits, ends the longer.
inline constexpr size_t kPhoneTail = 6;
bool SamePhone(const std::string& a, const std::string& b);

// The display name, trimmed and lower-cased (ASCII).
std::string NameKey(const core::Person& person);

// The display name as a duplicate's could be written otherwise: lower case,
// German umlauts and ß spelt out (ä → ae), other accents of Latin-1 dropped
// (é → e), punctuation a space, the words sorted ("Müller, Anna" and
// "anna mueller" both "anna mueller").
std::string FoldedName(std::string_view display_name);

// Whether two names (FoldedName) may be one person's, as a shared phone
// number needs before it makes two records one: every word of the name with
// fewer words is a word of the other, or its initial ("d kaya" fits "deniz
// kaya" and "anna" fits "anna berg"; "anna berg" does not fit "ben berg").
// A name without letters (a number standing for a name) fits any.
bool NamesFit(std::string_view folded_a, std::string_view folded_b);

// Whether `value` is one of `values`, ignoring case (e-mail addresses,
// web addresses, tags).
bool HasIgnoringCase(const std::string& value,
                     const std::vector<std::string>& values);

// Whether the phone number with the key `key` (PhoneKey) is one of
// `phones`.
bool HasPhone(const std::string& key, const std::vector<std::string>& phones);

bool SharePhone(const std::vector<std::string>& a,
                const std::vector<std::string>& b);

// Fills `stored`'s empty fields from `contact` and adds the e-mail
// addresses, phone numbers, web addresses and tags it lacks; overwrites
// nothing. Returns whether anything changed.
bool MergeContact(core::Person& stored, const core::Person& contact);

}  // namespace knoten::app

#endif  // KNOTEN_APP_CONTACT_KEYS_H_
