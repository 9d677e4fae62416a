using System.Text.RegularExpressions;
using ConfBot.Bot.Replies;

namespace ConfBot.Bot.Answers;

/// <summary>
/// A key point with the engine's marks: matched words come <c>*like this*</c> and are shown bold; any other
/// asterisk in the note is text, so it cannot turn the rest of the line bold.
/// </summary>
public static partial class Highlights
{
    public static RichText Read(string point)
    {
        var text = new RichTextBuilder();
        var last = 0;
        foreach (Match mark in Mark().Matches(point))
        {
            text.Text(point[last..mark.Index]).Bold(mark.Groups["word"].Value);
            last = mark.Index + mark.Length;
        }
        return text.Text(point[last..]).Build();
    }

    // A mark wraps one or more words with no asterisk inside and no space just inside the marks.
    [GeneratedRegex(@"(?<![\w*])\*(?<word>[^*\s](?:[^*]*[^*\s])?)\*(?![\w*])")]
    private static partial Regex Mark();
}
