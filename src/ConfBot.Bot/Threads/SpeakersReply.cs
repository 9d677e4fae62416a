using ConfBot.Bot.Answers;
using ConfBot.Bot.Replies;
using ConfBot.Core.Talks;

namespace ConfBot.Bot.Threads;

/// <summary>"Who gave it?": the talk's speakers, their company, and where it was given.</summary>
public static class SpeakersReply
{
    public static BotReply Render(Talk talk)
    {
        var text = new RichTextBuilder();
        if (talk.Speakers.Count == 0)
            text.Text("The notes do not say who gave ").Bold(talk.Title).Text(talk.EventLabel is { } where ? $" ({where})." : ".");
        else
            text.Bold(talk.Title).Text(" was given by ").Text(string.Join("  ·  ", TalkMeta.Parts(talk))).Text(".");
        return BotReply.Say(text.Build());
    }
}
