using AngleSharp.Dom;

namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// Where an element sits in a page. A predicate, not a CSS selector: <c>Closest("div.todo")</c> parses its selector
/// anew on every call, which for every block of a long converted note cost seconds.
/// </summary>
internal static class HtmlAncestry
{
    /// <summary>The element itself or its nearest ancestor that <paramref name="match"/> picks.</summary>
    public static IElement? Closest(IElement element, Func<IElement, bool> match)
    {
        for (var at = element; at is not null; at = at.ParentElement)
            if (match(at))
                return at;
        return null;
    }
}
