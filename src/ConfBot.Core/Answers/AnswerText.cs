using System.Globalization;
using System.Text;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Answers;

/// <summary>Renders an answer as plain text (the CLI, logs, and any channel without rich formatting).</summary>
public static class AnswerText
{
    public static string Render(Answer answer)
    {
        var text = new StringBuilder();
        if (answer.Found && answer.Corrections.Count > 0)
            text.AppendLine(CultureInfo.InvariantCulture, $"(reading {string.Join(", ", answer.Corrections.Select(c => $"\"{c.Key}\" as \"{c.Value}\""))})");
        if (!answer.Found)
        {
            text.Append(CultureInfo.InvariantCulture, $"Nothing in the notes answers \"{answer.Question}\" well.");
            text.AppendLine(answer.Suggestions.Count > 0 ? $" Close words in the notes: {string.Join(", ", answer.Suggestions)}." : " Try other words.");
            return text.ToString();
        }
        for (var i = 0; i < answer.Hits.Count; i++)
            AppendHit(text, i + 1, answer.Hits[i]);
        return text.ToString();
    }

    private static void AppendHit(StringBuilder text, int rank, AnswerHit hit)
    {
        var talk = hit.Talk;
        text.AppendLine(CultureInfo.InvariantCulture, $"{rank}. {talk.Title}{Where(talk)}");
        var by = string.Join(", ", talk.Speakers);
        if (talk.Company is not null)
            by = by.Length == 0 ? talk.Company : $"{by} ({talk.Company})";
        if (by.Length > 0)
            text.AppendLine(CultureInfo.InvariantCulture, $"   by {by}");
        foreach (var point in hit.Highlights)
            text.AppendLine(CultureInfo.InvariantCulture, $"   • {point}");
        foreach (var link in hit.Links.Take(LinkOrder.InAnswer))
            text.AppendLine(CultureInfo.InvariantCulture, $"   {LinkLabel.For(link)}: {link.Url}");
        if (hit.Links.Count > LinkOrder.InAnswer)
            text.AppendLine(CultureInfo.InvariantCulture, $"   ({LinkLabel.More(hit.Links.Count - LinkOrder.InAnswer)} in the notes)");
        foreach (var action in talk.ActionPoints)
            text.AppendLine(CultureInfo.InvariantCulture, $"   Action point: {action.Text}");
        if (hit.SourceSummary.Length > 0)
            text.AppendLine(CultureInfo.InvariantCulture, $"   ({hit.SourceSummary})");
    }

    private static string Where(Talk talk)
    {
        var parts = new List<string>();
        if (talk.EventLabel is { } label)
            parts.Add(label);
        if (talk.Day is { } day)
            parts.Add($"day {day}");
        return parts.Count == 0 ? "" : " — " + string.Join(", ", parts);
    }
}
