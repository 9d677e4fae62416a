using ConfBot.Core.Answers;
using ConfBot.Core.Search;
using ConfBot.Core.Talks;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Rendering;
using ConfBot.Slack.Requests;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.Replies;

/// <summary>
/// Answers a parsed request from the knowledge core, a page at a time, and renders it. Every entry point
/// (slash command, DM, mention, buttons) comes through here, so they all answer alike — except <c>actions</c>, which
/// needs the checklist store (<see cref="Checklist.ActionPointListing"/>), and <c>digest</c>, which needs a channel.
/// A "More results" button on an old <c>actions</c> answer lands in the default case and answers its words as a question.
/// </summary>
internal sealed class ConfBotReplies(IAnswerService answers, IKnowledgeBase knowledge, IOptions<SlackOptions> slack)
{
    public const int PageSize = 3;

    /// <param name="shareable">Only the asker sees the reply, so offer "Share in channel".</param>
    /// <param name="sharedBy">The user who shared the reply into the channel, credited above it.</param>
    public BotReply Reply(PageState page, bool shareable, string? sharedBy = null)
    {
        var audience = new Audience(shareable, sharedBy);
        var request = page.Request;
        return request.Kind switch
        {
            CommandKind.Help => HelpBlocks.Help(slack.Value.CommandName),
            // Digests belong to a channel, which only the slash command names.
            CommandKind.Digest => Plain($"Digests are set up per channel: type `{slack.Value.CommandName} digest subscribe` in the channel that should get them."),
            CommandKind.Conferences => ConferenceBlocks.Render(ConferenceCount.From(knowledge.Catalog)),
            CommandKind.Talk => TalkReply(page, audience),
            CommandKind.Links => Paged(page, AnswerFocus.Links, audience, answers.Ask(request.Argument, Depth(page))),
            CommandKind.Speaker => Paged(page, AnswerFocus.Answer, audience, answers.Ask($"speaker:\"{request.Argument.Replace("\"", "", StringComparison.Ordinal)}\"", Depth(page))),
            _ => Paged(page, AnswerFocus.Answer, audience, answers.Ask(request.Argument, Depth(page))),
        };
    }

    private static BotReply Plain(string mrkdwn) => new(mrkdwn, [SectionBlock.Mrkdwn(mrkdwn)]);

    public Talk? FindTalk(string id) => knowledge.Catalog.Find(id);

    /// <summary>One more than the page needs, to know whether a "More results" button is due.</summary>
    private static int Depth(PageState page) => page.Offset + PageSize + 1;

    private static BotReply Paged(PageState page, AnswerFocus focus, Audience audience, Answer answer)
    {
        var slice = answer with { Hits = [.. answer.Hits.Skip(page.Offset).Take(PageSize)] };
        var view = new AnswerView(page, focus, answer.Hits.Count > page.Offset + PageSize) { Shareable = audience.Shareable, SharedBy = audience.SharedBy };
        return AnswerBlocks.Render(slice, view);
    }

    private BotReply TalkReply(PageState page, Audience audience)
    {
        var wanted = page.Request.Argument;
        var talks = knowledge.Catalog.Talks;
        var talk = knowledge.Catalog.Find(wanted)
            ?? talks.FirstOrDefault(t => string.Equals(t.Title, wanted, StringComparison.OrdinalIgnoreCase))
            ?? talks.FirstOrDefault(t => t.Title.Contains(wanted, StringComparison.OrdinalIgnoreCase));
        var answer = talk is null ? answers.Ask(wanted, 1) : new Answer(wanted, [new AnswerHit(talk, 1, [], talk.Links)], new Dictionary<string, string>(), []);
        return AnswerBlocks.Render(answer with { Hits = [.. answer.Hits.Take(1)] }, new AnswerView(page with { Offset = 0 }, AnswerFocus.Talk, false) { Shareable = audience.Shareable, SharedBy = audience.SharedBy });
    }

    private sealed record Audience(bool Shareable, string? SharedBy);
}
