#pragma once

namespace OAuthDesk::BannerStyle {

/// Style sheets of the coloured message boxes the window and its dialogs share.
inline constexpr char Error[] = "background: #fdecea; color: #8a1c1c; border: 1px solid #f1b0ad; "
                                "border-radius: 4px; padding: 6px 8px;";
inline constexpr char Warning[] = "background: #fff4d6; color: #6b4e00; border: 1px solid #f0d58a; "
                                  "border-radius: 4px; padding: 6px 8px;";

} // namespace OAuthDesk::BannerStyle
