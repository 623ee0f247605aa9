#pragma once

// Removing a file a previous run wrote, without ever being led elsewhere: every folder on the
// way is opened relative to the one before it and refused when it is a symbolic link, so a
// page folder replaced by a link (to anywhere on the machine) stops the removal instead of
// being followed.

#include <filesystem>
#include <string>
#include <string_view>

namespace folio {

/// What `remove_file_inside` did.
enum class Removal {
    removed,       ///< the regular file is gone (and the folders it left empty)
    absent,        ///< nothing there: nothing to do
    not_regular,   ///< a folder, a link, a device...: left alone
    through_link,  ///< a folder on the way is a symbolic link: left alone
    outside,       ///< not a plain relative path (absolute, `..`, empty segments): left alone
    failed,        ///< the file system refused (`error` says why)
};

/// Removes the regular file `relative` (`/`-separated) below `root`, then the folders below
/// `root` that this left empty. Never follows a symbolic link below `root` (the root itself
/// may be one: the user named it), never removes anything but a regular file or an empty
/// folder. On `failed`, `error` holds the system's message.
Removal remove_file_inside(const std::filesystem::path& root, std::string_view relative,
                           std::string& error);

}  // namespace folio
