using System.Text.Json;
using ConfBot.Slack.Serialization;
using ConfBot.Slack.Tests.TestSupport;

namespace ConfBot.Slack.Tests.Interactions;

public sealed class BlockActionPayloadTests
{
    [Fact]
    public void Reads_the_bolt_block_actions_fixture()
    {
        var request = JsonSerializer.Deserialize(Payloads.BlockActions, SlackJsonContext.Default.BlockActionRequest)!;

        Assert.Equal("block_actions", request.Type);
        Assert.Equal("W111", request.User.Id);
        Assert.Equal("primary-owner", request.User.Username);
        Assert.Equal("T111", request.Team?.Id);
        Assert.Equal("C111", request.Channel?.Id);
        Assert.Equal("message", request.Container?.Type);
        Assert.Equal("111.222", request.Container?.MessageTs);
        Assert.True(request.Container?.IsEphemeral);
        Assert.Equal("https://hooks.slack.com/actions/T111/111/random-value", request.ResponseUrl);
        Assert.Equal("111.222.valid", request.TriggerId);
        var action = Assert.Single(request.Actions);
        Assert.Equal("a", action.ActionId);
        Assert.Equal("b", action.BlockId);
        Assert.Equal("click_me_123", action.Value);
        Assert.Equal("button", action.Type);
    }

    [Fact]
    public void Reads_the_originating_message()
    {
        var json = Payloads.BlockActions.Replace("\"api_app_id\"", "\"message\":{\"type\":\"message\",\"ts\":\"111.222\",\"bot_id\":\"B1\",\"text\":\"hi\"},\"api_app_id\"", StringComparison.Ordinal);

        var request = JsonSerializer.Deserialize(json, SlackJsonContext.Default.BlockActionRequest)!;

        Assert.Equal("111.222", request.Message?.Ts);
        Assert.Equal("B1", request.Message?.BotId);
    }

    [Fact]
    public void Payload_without_user_does_not_parse() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"type":"block_actions","actions":[]}""", SlackJsonContext.Default.BlockActionRequest));
}
