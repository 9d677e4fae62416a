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
        if (!MayHoldMarkup().IsMatch(text))
            return text.Trim();
        // Twice: "&amp;lt;" is what a page that escaped its own entities leaves.
        text = WebUtility.HtmlDecode(WebUtility.HtmlDecode(text));
        text = HtmlComment().Replace(text, " ");
        text = HtmlTag().Replace(text, " ");
        text = Template().Replace(text, " ");
        text = AttributeList().Replace(text, " ");
        text = RstRole().Replace(text, "${text}");
        text = RstLink().Replace(text, "${text}");
        text = UnparsedLink().Replace(text, "${text}");
        text = Footnote().Replace(text, "");
        text = OrgCookie().Replace(text, "");
        text = Struck().Replace(text, "");
        text = Emoji().Replace(text, "");
        text = Strong().Replace(text, "${text}");
        text = CodeTicks().Replace(text, m => m.Groups["code"].Value.Trim());
        text = StrayTicks().Replace(text, "");
        text = Escape().Replace(text, "${char}");
        return InlineText.Collapse(text);
    }

    // Most text holds none of these characters: one scan instead of every pattern below.
    [GeneratedRegex(@"[`{}&<\[*_:\\~]")]
    private static partial Regex MayHoldMarkup();

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
