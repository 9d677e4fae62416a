using System.Text.Json;
using ConfBot.Slack.Events;
using ConfBot.Slack.Serialization;
using ConfBot.Slack.Tests.TestSupport;

namespace ConfBot.Slack.Tests.Events;

/// <summary>The events behind unfurls, the assistant surface, thread follow-ups and shared files, in Slack's shapes.</summary>
public sealed class SurfaceEventPayloadTests
{
    private static readonly SlackJsonContext Json = SlackJsonContext.Default;

    [Fact]
    public void Link_shared_names_each_link_and_how_to_answer_it()
    {
        var shared = JsonSerializer.Deserialize(EventPayloads.LinkSharedEvent, Json.LinkShared)!;

        Assert.Equal(("C123ABC456", "U123ABC456", "123456789.9875", "123456621.1855"), (shared.Channel, shared.User, shared.MessageTs, shared.ThreadTs));
        Assert.Equal(new SharedLink("another-example.com", "https://yet.another-example.com/v/abcde"), shared.Links[2]);
        Assert.Equal("conversations_history", shared.Source);
    }

    [Fact]
    public void Link_shared_without_an_unfurl_id_is_answered_by_channel_and_ts()
    {
        var shared = JsonSerializer.Deserialize(EventPayloads.LinkSharedEvent, Json.LinkShared)! with { UnfurlId = null, Source = null };

        var unfurl = ConfBot.Slack.WebApi.LinkUnfurl.For(shared, new Dictionary<string, ConfBot.Slack.WebApi.UnfurlPreview>());

        Assert.Equal(("C123ABC456", "123456789.9875", null), (unfurl.Channel, unfurl.Ts, unfurl.UnfurlId));
    }

    [Fact]
    public void Assistant_thread_started_names_the_thread_and_its_context()
    {
        var started = JsonSerializer.Deserialize(EventPayloads.AssistantThreadStartedEvent, Json.AssistantThreadStarted)!;

        Assert.Equal(("W222", "D111", "1726133698.626339"), (started.AssistantThread.UserId, started.AssistantThread.ChannelId, started.AssistantThread.ThreadTs));
        Assert.Equal("C222", started.AssistantThread.Context!.ChannelId);
    }

    [Fact]
    public void Thread_reply_says_whose_thread_it_is()
    {
        var reply = JsonSerializer.Deserialize(EventPayloads.ThreadReplyEvent, Json.MessageEvent)!;

        Assert.Equal(("1726133698.626339", "W222"), (reply.ThreadTs, reply.ParentUserId));
    }

    [Fact]
    public void File_share_carries_the_file_ids()
    {
        var message = JsonSerializer.Deserialize(EventPayloads.FileShareEvent, Json.MessageEvent)!;

        Assert.Equal("file_share", message.Subtype);
        Assert.Equal(("F0123ABC", "kubecon.md", 2048L), (message.Files![0].Id, message.Files[0].Name, message.Files[0].Size!.Value));
    }
}
