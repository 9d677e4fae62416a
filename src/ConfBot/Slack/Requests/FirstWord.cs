namespace ConfBot.Slack.Requests;

/// <summary>A typed line split at its first space: the word that may name a command or an option, and the rest.</summary>
internal readonly record struct FirstWord(string Word, string Rest)
{
    public static FirstWord Of(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ');
        return space < 0 ? new(trimmed, "") : new(trimmed[..space], trimmed[(space + 1)..].TrimStart());
    }
}
