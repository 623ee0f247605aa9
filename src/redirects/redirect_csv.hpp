#pragma once

// The redirects as a CSV table, for people and for the bulk-redirect importers of hosts
// (Cloudflare Bulk Redirects, Vercel bulk redirects) and spreadsheets.

#include <span>
#include <string>
#include <string_view>

#include "src/redirects/redirect_list.hpp"

namespace folio {

/// `old_url,new_url` then one row per redirect (RFC 4180: fields with `,` or `"` quoted).
/// Each URL is prefixed with its site's origin (`https://old.example`) when one is given, so
/// that a redirect between two hosts can be read alone; a base URL's path is not repeated.
std::string write_redirect_csv(std::span<const Redirect> redirects,
                               std::string_view old_site_url = {},
                               std::string_view new_site_url = {});

}  // namespace folio
