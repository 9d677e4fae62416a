using System.Text.RegularExpressions;

namespace ConfBot.Core.Talks.Building;

/// <summary>The shapes <see cref="HeadingParser"/> looks for in a heading or speaker line.</summary>
internal static partial class HeadingPatterns
{
    [GeneratedRegex(@"^(?:\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm))?(?:\s*[-–—]\s*\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm))?)?\s*[-–—:|]?|D(?<day>\d{1,2})T\d{1,2}|Day\s*0*(?<day>\d{1,2})\s*(?:Talk|Session|T)?\s*\d*|\d{1,2}[.)])\s*[:.\-–]?\s+", RegexOptions.IgnoreCase)]
    internal static partial Regex SessionCode();

    /// <summary>"… 9:15am to 9:45am", "… (14:00-14:45)": when, not what.</summary>
    [GeneratedRegex(@"\s*[(\[]?\d{1,2}[:.h]\d{2}\s*(?:am|pm)?\s*(?:to|bis|à|-|–|—)\s*\d{1,2}[:.h]\d{2}\s*(?:am|pm)?[)\]]?$", RegexOptions.IgnoreCase)]
    internal static partial Regex TrailingTime();

    [GeneratedRegex(@"^(?<kind>" + HeadingKinds.SessionKinds + @")\s*#?\d*\s*[:\-–]\s+", RegexOptions.IgnoreCase)]
    internal static partial Regex TalkPrefix();

    /// <summary>"Guido van Rossum's Keynote".</summary>
    [GeneratedRegex(@"^(?<who>.+?)['’]s\s+(?<kind>" + HeadingKinds.SessionKinds + @")$", RegexOptions.IgnoreCase)]
    internal static partial Regex Possessive();

    /// <summary>"Travis Oliphant on the State of NumPy".</summary>
    [GeneratedRegex(@"^(?<who>[^,:;]{3,40}?)\s+on\s+(?<title>.{3,})$")]
    internal static partial Regex NameOn();

    [GeneratedRegex(@"^(?<track>[A-Z][\w&.\- ]{0,30}?)\s+Track\s*:\s*")]
    internal static partial Regex TrackPrefix();

    [GeneratedRegex(@"^(?<title>.+?)\s+by\s*(?<who>@\S.*|[A-Z].*)$")]
    internal static partial Regex By();

    [GeneratedRegex(@"\s*(?:,|&|\b(?:and|und|et|i|y|e|en|og|och)\b)\s*")]
    internal static partial Regex SpeakerSeparator();

    [GeneratedRegex(@"^(?<name>[^@(]+?)\s*\(?(?<handle>@\w+)\)?$")]
    internal static partial Regex NameWithHandle();

    [GeneratedRegex(@"\s+(?:--|[-–—|])\s+")]
    internal static partial Regex Dash();

    [GeneratedRegex(@"^(?<company>.+?)\s+(?:talking|talked|speaking|spoke)\s+(?:about|on)\s+(?<topic>.+)$", RegexOptions.IgnoreCase)]
    internal static partial Regex TalkingAbout();

    [GeneratedRegex(@"\([^)]*\)")]
    internal static partial Regex Aside();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    internal static partial Regex Year();

    [GeneratedRegex(@"\s*,\s*|\s+@\s+|\s+at\s+(?=\p{Lu})")]
    internal static partial Regex AtCompany();

    [GeneratedRegex(@"^(?<title>.{3,}?)\s*\((?<who>[^()]+)\)$")]
    internal static partial Regex TrailingAside();

    [GeneratedRegex(@"^(?:(?:sr|senior|principal|staff|chief|head|lead|exec|executive|vp|svp|evp|gm|cto|ceo|cio|coo|founder|co-?founder|director|dir|architect|engineer|eng|developer|dev|manager|evangelist|advocate|president|fellow|sre|consultant|researcher)\b|@)", RegexOptions.IgnoreCase)]
    internal static partial Regex Role();

    [GeneratedRegex(@"^(?<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}),\s+(?:\w+\s+){0,3}?(?:co-?founder|founder|cto|ceo|vp|director|architect|engineer|lead|manager|developer|evangelist|advocate|head)\b[^,]*?\s+(?:of|at|@)\s+(?<company>.+)$", RegexOptions.IgnoreCase)]
    internal static partial Regex RoleAtCompany();
}
