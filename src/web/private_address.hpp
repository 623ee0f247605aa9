#pragma once

// Addresses a download must not reach on a user's behalf: a page's image URL (or a redirect)
// pointing at the user's own machine or network, or a cloud's metadata service, would fetch
// what only that machine may see and put it into a book.

#include <string>
#include <string_view>

namespace folio {

/// What kind of non-public address the numeric IPv4 or IPv6 address `address` is (`loopback`,
/// `private`, `link-local`, `unique-local`, `carrier-grade NAT`, `unspecified`, `multicast`,
/// `reserved`), or empty for a public one. IPv4 mapped into IPv6 (`::ffff:127.0.0.1`) and
/// NAT64 (`64:ff9b::/96`) are judged by their IPv4 address. Text that is no numeric address
/// is `reserved`: never reached.
std::string private_address_kind(std::string_view address);

}  // namespace folio
