#pragma once

namespace OAuthDesk::BannerStyle {

/// Style sheets of the coloured message boxes the window and its dialogs share.
inline constexpr char Error[] = "background: #fdecea; color: #8a1c1c; border: 1px solid #f1b0ad; "
                                "border-radius: 4px; padding: 6px 8px;";
inline constexpr char Warning[] = "background: #fff4d6; color: #6b4e00; border: 1px solid #f0d58a; "
                                  "border-radius: 4px; padding: 6px 8px;";

/// The signature badge of the token inspector: checked and good, checked and bad, not checked.
inline constexpr char BadgeVerified[] = "background: #e6f4ea; color: #1e6b34; border: 1px solid #a8d5b5; "
                                        "border-radius: 10px; padding: 3px 10px; font-weight: 600;";
inline constexpr char BadgeInvalid[] = "background: #fdecea; color: #8a1c1c; border: 1px solid #f1b0ad; "
                                       "border-radius: 10px; padding: 3px 10px; font-weight: 600;";
inline constexpr char BadgeNeutral[] = "background: #eef0f2; color: #4a5158; border: 1px solid #cfd4d9; "
                                       "border-radius: 10px; padding: 3px 10px;";
/// A scope shown as a chip.
inline constexpr char Chip[] = "background: #e8eefc; color: #1f3b7a; border: 1px solid #c5d3f5; "
                               "border-radius: 9px; padding: 1px 8px;";

} // namespace OAuthDesk::BannerStyle
