package nexus.alumni.gathering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nexus.alumni.gathering.domain.Seats.Place;
import org.junit.jupiter.api.Test;

class SeatsTest {

  @Test
  void repliesBeyondCapacityWaitInTheOrderTheyCame() {
    Seats seats = new Seats(2, List.of(), List.of());

    assertThat(seats.accept("an")).isEqualTo(Place.GOING);
    assertThat(seats.accept("binh")).isEqualTo(Place.GOING);
    assertThat(seats.accept("chi")).isEqualTo(Place.WAITLISTED);
    assertThat(seats.accept("dung")).isEqualTo(Place.WAITLISTED);

    assertThat(seats.going()).containsExactly("an", "binh");
    assertThat(seats.waitlist()).containsExactly("chi", "dung");
  }

  @Test
  void theFirstWaitingMemberIsPromotedWhenSomeoneGoingCancels() {
    Seats seats = new Seats(1, List.of("an"), List.of("binh", "chi"));

    assertThat(seats.cancel("an")).contains("binh");

    assertThat(seats.going()).containsExactly("binh");
    assertThat(seats.waitlist()).containsExactly("chi");
  }

  @Test
  void leavingTheWaitlistPromotesNoOne() {
    Seats seats = new Seats(1, List.of("an"), List.of("binh", "chi"));

    assertThat(seats.cancel("binh")).isEmpty();

    assertThat(seats.going()).containsExactly("an");
    assertThat(seats.waitlist()).containsExactly("chi");
  }

  @Test
  void replyingTwiceKeepsTheFirstPlace() {
    Seats seats = new Seats(1, List.of("an"), List.of("binh"));

    assertThat(seats.accept("an")).isEqualTo(Place.GOING);
    assertThat(seats.accept("binh")).isEqualTo(Place.WAITLISTED);
    assertThat(seats.waitlist()).containsExactly("binh");
  }

  @Test
  void cancellingWithoutAReplyChangesNothing() {
    Seats seats = new Seats(1, List.of("an"), List.of("binh"));

    assertThat(seats.cancel("zed")).isEmpty();
    assertThat(seats.going()).containsExactly("an");
  }

  @Test
  void aGatheringHasAtLeastOneSeat() {
    assertThatThrownBy(() -> new Seats(0, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
