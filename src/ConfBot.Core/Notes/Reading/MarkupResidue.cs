using System.Net;
using System.Text.RegularExpressions;

namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// Markup that no reader turned into text — code ticks, Kramdown attribute lists, Hugo and Liquid tags, emoji codes,
/// HTML entities, comments and stray tags, footnote marks, link syntax a parser rejected, rst roles, Org cookies, struck
/// words — removed from text a person will read. Every reader's text passes through it before it becomes a key point,
/// a summary or an action point, so residue a reader misses (or a format nobody wrote a reader for yet) never reaches Slack.
/// </summary>
internal static partial class MarkupResidue
{
    public static string Strip(string text)
    {
        var stripped = StripMarkup(text);
        // Removed markup (or a link the caller took out) leaves gaps; tidy text is left as the reader made it.
        return ReferenceEquals(stripped, text) && !text.Contains("  ", StringComparison.Ordinal) ? text.Trim() : InlineText.Collapse(stripped);
    }

    private static string StripMarkup(string text)
    {
        // Each kind of markup needs a character most text lacks, and a pattern runs only over text that has it:
        // a reload reads every line of every note through here.
        if (text.Contains('&'))
            text = WebUtility.HtmlDecode(WebUtility.HtmlDecode(text)); // twice: "&amp;lt;" is what a page that escaped its own entities leaves
        if (text.Contains('<'))
            text = HtmlTag().Replace(HtmlComment().Replace(text, " "), " ");
        if (text.Contains('{'))
            text = AttributeList().Replace(Template().Replace(text, " "), " ");
        if (text.Contains('`'))
            text = RstLink().Replace(RstRole().Replace(text, "${text}"), "${text}");
        if (text.Contains('['))
            text = OrgCookie().Replace(Footnote().Replace(UnparsedLink().Replace(text, "${text}"), ""), "");
        if (text.Contains('~'))
            text = Struck().Replace(text, "");
        if (text.Contains(':'))
            text = Emoji().Replace(text, "");
        if (text.Contains("**", StringComparison.Ordinal))
            text = Strong().Replace(text, "${text}");
        if (text.Contains('`'))
            text = StrayTicks().Replace(CodeTicks().Replace(text, m => m.Groups["code"].Value.Trim()), "");
        if (text.Contains('\\'))
            text = Escape().Replace(text, "${char}");
        return text;
    }

    [GeneratedRegex(@"<!--.*?(?:-->|$)", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    // Named elements only, so "List<T>" and "a <b> c" in prose about code stay as written.
    [GeneratedRegex(@"</?(?:a|abbr|b|big|blockquote|br|center|cite|code|dd|del|details|div|dl|dt|em|figcaption|figure|font|h[1-6]|hr|i|iframe|img|ins|kbd|li|mark|ol|p|pre|q|s|small|source|span|strike|strong|sub|summary|sup|table|tbody|td|th|thead|tr|tt|u|ul|video)(?:\s[^<>]{0,500})?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    // Hugo shortcodes ({{< x >}}, {{% x %}}), Go/Jinja templates ({{ x }}) and Liquid tags ({% raw %}); each stops at the
    // next brace and within a few hundred characters, so a line of unclosed braces stays linear.
    [GeneratedRegex(@"\{\{[^{}]{0,500}\}\}|\{%[^{}]{0,500}%\}")]
    private static partial Regex Template();

    // Kramdown's {:target="_blank"}, {: .class #id}, {:toc} and Pandoc's {.class}, {#id}; "{:ok, data}" in Elixir is code.
    // Items are whitespace-separated and a value holds no whitespace, so where one item ends is never in doubt.
    [GeneratedRegex(@"\{(?::\s*(?:[.#]?[\w-]{1,60}(?:=(?:""[^""{}]{0,200}""|'[^'{}]{0,200}'|[^\s{}""']{1,200}))?(?:\s+|(?=\})))*|[.#][\w-]{1,60}(?:\s+[.#]?[\w-]{1,60}(?:=(?:""[^""{}]{0,200}""|[^\s{}""']{1,200}))?)*\s*)\}")]
    private static partial Regex AttributeList();

    // :ref:`Title <target>`, :class:`Foo`
    [GeneratedRegex(@"(?::[a-z][\w+-]*)+:`(?<text>[^`<]*?)\s*(?:<[^`>]*>)?`")]
    private static partial Regex RstRole();

    // `Title <https://...>`_ and `Title`_
    [GeneratedRegex(@"`(?<text>[^`<]+?)\s*(?:<[^`>]*>)?`_{1,2}")]
    private static partial Regex RstLink();

    // [Title](Java Flight Recorder), [Title](): link syntax whose target no parser accepted.
    [GeneratedRegex(@"(?<!!)\[(?<text>[^\[\]]{1,300})\]\([^()]{0,500}\)")]
    private static partial Regex UnparsedLink();

    // [^1] marks and the "[^1]:" that starts their text.
    [GeneratedRegex(@"\[\^[\w-]{1,20}\]:?")]
    private static partial Regex Footnote();

    // Org's priority and progress cookies in a headline: "TODO [#A] Try Karpenter [1/3]".
    [GeneratedRegex(@"(?<!\S)\[(?:#[A-Za-z0-9]|\d{1,4}/\d{1,4}|\d{1,3}%)\](?!\S)")]
    private static partial Regex OrgCookie();

    // ~~struck~~ or ~struck~ words are what the author took back; "~5 minutes" is not struck (no closing tilde).
    [GeneratedRegex(@"(?<!\S)~{1,2}(?=[^\s~])[^~\n]{1,200}(?<=[^\s~])~{1,2}(?!\S)")]
    private static partial Regex Struck();

    // :smiley:, :+1:, :white_check_mark: — not times (10:30:00) or URLs, which have a word or colon beside them.
    [GeneratedRegex(@"(?<![\w:/]):(?=[a-z0-9_+-]*[a-z]|[+-]1:)[a-z0-9_+-]{2,40}:(?![\w:/])")]
    private static partial Regex Emoji();

    // Not __x__: in notes about Python that is __init__, not bold.
    [GeneratedRegex(@"(?<![\w*])\*\*(?<text>[^*]{1,500}?)\*\*(?![\w*])")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<ticks>`+)(?<code>[^`]{1,500}?)\k<ticks>")]
    private static partial Regex CodeTicks();

    [GeneratedRegex(@"`+")]
    private static partial Regex StrayTicks();

    [GeneratedRegex(@"\\(?<char>[`*_{}\[\]#])")]
    private static partial Regex Escape();
}
